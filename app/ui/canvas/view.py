"""MapView: zoom (Ctrl+wheel, Ctrl +/-, fit), pan (middle button, Space+drag), rename in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction, QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QRegion,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QMenu, QWidget

from . import editing
from .drag_layer import DragLayer
from .kind_chooser import KindChooser
from .overview import Overview
from .scene import MapScene

MIN_ZOOM, MAX_ZOOM = 0.05, 6.0
ZOOM_STEP = 1.2


class InlineEditor(QLineEdit):
    """A one-line editor over the item being renamed; Enter commits, Esc cancels."""

    #: the user cancelled editing (Esc)
    cancelled = Signal()
    #: the editor lost the keyboard focus (every time, unlike editingFinished)
    left = Signal()
    #: Up (-1) or Down (+1) pressed: the next or previous choice beside the editor (a lane's kind)
    stepped = Signal(int)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.stepped.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class MapView(QGraphicsView):
    """The canvas widget (object name ``canvasView``)."""

    #: the zoom factor changed (1.0 = 100 %)
    zoom_changed = Signal(float)
    #: the first frame of a newly set document was painted
    new_map_painted = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("canvasView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.ContainsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.context_actions: list[QAction | None] = []
        self._space = False
        self._pan_from: QPoint | None = None
        self._editor: InlineEditor | None = None
        self._editing: tuple[str, str] | None = None
        self._chooser: KindChooser | None = None  #: beside a lane's name while it is typed
        self._drag_layer = DragLayer(self)
        self._overview = Overview()
        self.rubberBandChanged.connect(self._rubber_band)
        scene.rename_requested.connect(self.start_rename)
        scene.tool_changed.connect(self._tool_changed)
        if scene.controller is not None:
            scene.controller.show_requested.connect(self.show_ids)
            scene.controller.document_replaced.connect(self._overview.forget)
            scene.controller.document_replaced.connect(self._new_map)
        self._map_new = False

    def _new_map(self) -> None:
        self._map_new = True

    def _rubber_band(self, rect: QRect, *_: object) -> None:
        """A rubber band selects what it encloses: while it is dragged, Qt looks into every
        group of items (see MapScene.filing); a null rectangle: the band is gone."""
        self.map_scene.filing.hold(rect.isNull())

    @property
    def map_scene(self) -> MapScene:
        return self.scene()

    # -- zoom ---------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = min(MAX_ZOOM, max(self._min_zoom(), factor))
        scale = factor / self.zoom()
        self.scale(scale, scale)
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def _fit_factor(self) -> float | None:
        """The zoom that shows the whole scene rectangle in the viewport without scrollbars."""
        rect = self.sceneRect()
        if rect.isEmpty():
            return None
        area = self.maximumViewportSize()  # the viewport's size without scrollbars
        return min(area.width() / rect.width(), area.height() / rect.height()) * 0.995

    def _min_zoom(self) -> float:
        """MIN_ZOOM, or less where the whole map needs less to be seen: boxes placed far apart
        (up to the format's ±1,000,000) would otherwise open on an empty stretch between them."""
        fit = self._fit_factor()
        return MIN_ZOOM if fit is None else max(min(MIN_ZOOM, fit), MIN_ZOOM / 1000)

    def zoom_fit(self) -> None:
        """Show the whole map (never magnified beyond 100 %) with no scrollbar left. The
        scene's rectangle is the map's (lanes, columns, legend, a margin), known without
        asking every item for its bounds; it is fitted into the viewport without scrollbars."""
        factor = self._fit_factor()
        if factor is None:
            return
        rect = self.sceneRect()
        self.set_zoom(factor)
        self.centerOn(rect.center())
        if self.zoom() > 1.0:
            self.set_zoom(1.0)
            self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    # -- pan ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if event.key() == Qt.Key.Key_Space:
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._pan_from = None
            self._tool_changed(self.map_scene.tool.name)
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        middle = event.button() == Qt.MouseButton.MiddleButton
        if middle or (self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:  # a drag may follow
            self._drag_layer.remember([i for i in self.map_scene.selected_ids()
                                       if i in self.map_scene.activities])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)
        moving = self.map_scene.moving_ids()
        if moving and not self._drag_layer.active:
            self._drag_layer.start(moving)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._overview.update_for(self.map_scene, self.zoom()) and not self._overview.active:
            self._switched(event)
        if not self._drag_layer.paint():
            super().paintEvent(event)
        if self._map_new:
            self._map_new = False
            self.new_map_painted.emit()

    def _switched(self, event: QPaintEvent) -> None:
        """Zoomed in past ``DETAIL_ZOOM``: the overview gave every detail item its contents
        back, which marks them all changed. Qt takes that in now, while the view does not
        listen, in the frame that shows them -- not at the next change, where the first press
        after zooming in paid it (0.3-0.7 s at 10,000 activities on a loaded machine) plus a
        second repaint of the whole view. (Zooming out leaves it to the next change: Zoom to
        Fit's frame stays as fast.) A paint of part of the view is followed by a whole one."""
        mode = self.viewportUpdateMode()
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.NoViewportUpdate)
        try:
            QCoreApplication.sendPostedEvents(self.map_scene, QEvent.Type.MetaCall)
        finally:
            self.setViewportUpdateMode(mode)
        if event.region() != QRegion(self.viewport().rect()):
            self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """Zoomed far out, the boxes and arrows are drawn here in bulk (overview.py)."""
        self._overview.paint(painter, self.map_scene, rect)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space
                                      else self.map_scene.tool.cursor)
            event.accept()
            return
        self._drag_layer.releasing()
        super().mouseReleaseEvent(event)
        self._drag_layer.stop()

    def _tool_changed(self, name: str) -> None:
        tool = self.map_scene.tool
        self.viewport().setCursor(tool.cursor)
        mode = QGraphicsView.DragMode.RubberBandDrag if name == "select" else QGraphicsView.DragMode.NoDrag
        self.setDragMode(mode)

    # -- showing and renaming -----------------------------------------------------------------
    def show_ids(self, ids: list[str]) -> None:
        rect = QRectF()
        for obj_id in ids:
            item = self.map_scene.item_of(obj_id)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        if not rect.isNull():
            self.ensureVisible(rect, 40, 40)

    def rename_target(self, obj_id: str) -> tuple[str, str, QRectF] | None:
        """(field, current text, scene rect) to edit for ``obj_id``."""
        doc, scene = self.map_scene.document, self.map_scene
        if (act := doc.activity(obj_id)) is not None:
            box = scene.activities[obj_id].box()
            return "title", act.title, QRectF(box.x(), box.center().y() - 14, box.width(), 28)
        if (actor := doc.actor(obj_id)) is not None:
            head = scene.lanes[obj_id].header()
            return "name", actor.name, QRectF(head.x() + 6, head.y() + 8, head.width() - 12, 28)
        if (phase := doc.phase(obj_id)) is not None:
            head = scene.phases[obj_id].header()
            return "name", phase.name, head.adjusted(4, 6, -4, -6)
        if (flow := doc.flow(obj_id)) is not None:
            c = scene.flows[obj_id].line().center()
            return "what", flow.what, QRectF(c.x() - 90, c.y() - 14, 180, 28)
        return None

    def rename_label(self, obj_id: str) -> str:
        """What a screen reader calls the rename editor."""
        doc = self.map_scene.document
        if doc.activity(obj_id) is not None:
            return self.tr("Activity title")
        if doc.actor(obj_id) is not None:
            return self.tr("Actor name")
        if doc.phase(obj_id) is not None:
            return self.tr("Phase name")
        return self.tr("What the flow carries")

    def start_rename(self, obj_id: str) -> bool:
        """Open an editor over the item (double-click, F2, or right after adding it)."""
        self.finish_rename()
        target = self.rename_target(obj_id)
        if target is None:
            return False
        field, text, rect = target
        self.ensureVisible(rect, 40, 40)  # a new lane or phase may sit outside the view
        self._editing = (obj_id, field)
        editor = InlineEditor(self.viewport())
        editor.setObjectName("inlineEditor")
        editor.setAccessibleName(self.rename_label(obj_id))
        editor.setText(text)
        editor.selectAll()
        geometry = self.mapFromScene(rect).boundingRect()
        editor.setGeometry(geometry.x(), geometry.y(), max(geometry.width(), 120),
                           max(geometry.height(), editor.sizeHint().height()))
        editor.returnPressed.connect(self.finish_rename)
        editor.cancelled.connect(self.cancel_rename)
        self._editor = editor
        if self.map_scene.document.actor(obj_id) is not None:
            self._add_kind_chooser(editor, obj_id)
        else:
            editor.editingFinished.connect(self.finish_rename)
        editor.show()
        editor.setFocus()
        return True

    def _add_kind_chooser(self, editor: InlineEditor, obj_id: str) -> None:
        """A lane is named with its kind beside it (guessed from the name as it is typed);
        the editor stays open while the user picks from the chooser."""
        chooser = KindChooser(self.viewport(), self.map_scene.document.actor(obj_id).kind)
        chooser.setGeometry(editor.x(), editor.y() + editor.height() + 2, editor.width(),
                            chooser.sizeHint().height())
        chooser.follow(editor.text())
        editor.textEdited.connect(chooser.follow)
        chooser.picked.connect(editor.setFocus)
        editor.stepped.connect(chooser.step)
        editor.left.connect(lambda: QTimer.singleShot(0, self._editor_left))
        chooser.show()
        self._chooser = chooser

    def _editor_left(self) -> None:
        """The name editor lost the focus: commit, unless the kind chooser's list took it."""
        chooser = self._chooser
        if chooser is not None and (chooser.view().isVisible() or chooser.hasFocus()):
            return
        if self._editor is not None and not self._editor.hasFocus():
            self.finish_rename()

    def rename_selected(self) -> bool:
        ids = self.map_scene.selected_ids()
        return self.start_rename(ids[0]) if len(ids) == 1 else False

    def finish_rename(self) -> None:
        """Commit the editor's text as one command (nothing happens if it is unchanged)."""
        editor, target = self._editor, self._editing
        if editor is None or target is None:
            return
        self._editor, self._editing = None, None
        text = editor.text()
        editor.deleteLater()
        chooser, self._chooser = self._chooser, None
        kind = guessed = None
        if chooser is not None:
            kind, guessed = chooser.kind(), chooser.guessing
            chooser.hide()
            chooser.deleteLater()
        obj_id, field = target
        if self.map_scene.controller is not None and self.map_scene.document.path_of(obj_id):
            editing.rename(self.map_scene, obj_id, field, text, kind, guessed is not False)
        self.setFocus()

    def cancel_rename(self) -> None:
        editor, chooser = self._editor, self._chooser
        self._editor, self._editing, self._chooser = None, None, None
        for widget in (editor, chooser):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.setFocus()

    @property
    def inline_editor(self) -> QLineEdit | None:
        return self._editor

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.map_scene.hit(self.mapToScene(event.pos()))
        if item is not None and not item.isSelected():
            self.map_scene.select_only([item.obj_id])
        if not self.context_actions:
            return
        menu = QMenu(self)
        for action in self.context_actions:
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.exec(event.globalPos())
