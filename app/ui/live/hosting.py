"""What a host passes on: the address partners type in, and the token."""

from __future__ import annotations

import socket
from typing import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)


def lan_address() -> str:
    """This computer's address on the local network, as partners reach it (no traffic sent)."""
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0])
        if not address.startswith("127."):
            return address
    return socket.gethostname()


class HostDetails(QDialog):
    """The address and token of a hosted session, each with a Copy button."""

    def __init__(self, address: str, token: str | None, parent: QWidget | None = None,
                 joined: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("liveHostDetails")
        self.setWindowTitle(self.tr("Live session"))
        form = QFormLayout()
        self.address = self._row(form, self.tr("Address:"), address, "liveAddress")
        if token:
            self.token = self._row(form, self.tr("Token:"), token, "liveToken")
        layout = QVBoxLayout(self)
        if joined:
            text = self.tr("You are in the session at this address:")
        elif token:
            text = self.tr("Partners choose File → Share Live… → Join, and type in:")
        else:
            text = self.tr("Only this computer can join (the session was started without "
                           "network access). Others on this computer join with:")
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _row(self, form: QFormLayout, label: str, text: str, name: str) -> QLineEdit:
        field = QLineEdit(text)
        field.setObjectName(name)
        field.setReadOnly(True)
        field.setMinimumWidth(360)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(field.text()))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field, 1)
        line.addWidget(copy)
        form.addRow(label, row)
        return field


def host_details(parent: QWidget, address: str, token: str | None,
                 joined: bool = False) -> Callable[[], None]:
    """A function that shows the details (non-modal, so editing goes on)."""
    def show() -> None:
        dialog = HostDetails(address, token, parent.window(), joined)
        dialog.setModal(False)
        dialog.show()
        parent.setProperty("liveDetailsDialog", dialog)
    return show
