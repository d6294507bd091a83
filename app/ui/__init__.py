"""The PySide6 editor: main window, canvas, undo commands, side panels."""
