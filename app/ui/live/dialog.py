"""The Share Live dialog: host a session on this computer, or join one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QRadioButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from app.collab.transfer import TransferError, check_url


@dataclass
class ShareChoice:
    host: bool
    name: str
    port: int = 8765
    network: bool = False  #: host for other computers (with a token), not only this one
    url: str = ""
    token: str = ""


class ShareLiveDialog(QDialog):
    """Asks how to share; :meth:`choice` after ``exec()`` says what was chosen."""

    def __init__(self, name: str, last_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareLiveDialog")
        self.setWindowTitle(self.tr("Share Live"))
        self.host = QRadioButton(self.tr("&Host a session on this computer"))
        self.host.setObjectName("shareHost")
        self.join = QRadioButton(self.tr("&Join a session"))
        self.join.setObjectName("shareJoin")
        self.host.setChecked(True)
        self.name = QLineEdit(name)
        self.name.setObjectName("shareName")
        self.name.setPlaceholderText(self.tr("How partners see you, e.g. Anna (café)"))
        self.port = QSpinBox()
        self.port.setObjectName("sharePort")
        self.port.setRange(1024, 65535)
        self.port.setValue(8765)
        self.network = QCheckBox(self.tr("Let other computers on the network join (with a token)"))
        self.network.setObjectName("shareNetwork")
        self.url = QLineEdit(last_url)
        self.url.setObjectName("shareUrl")
        self.url.setPlaceholderText("ws://192.168.1.20:8765/workshop")
        self.token = QLineEdit()
        self.token.setObjectName("shareToken")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("shareProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020")
        self._lay_out()
        self.host.toggled.connect(self._enable)
        self._enable()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.network)
        form.addRow(self.join)
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("&Token:"), self.token)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Edit this map together with others, each on their own "
                                        "computer. Changes appear for everyone at once; if the "
                                        "connection drops, you keep working and nothing is lost.")))
        layout.itemAt(0).widget().setWordWrap(True)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _enable(self) -> None:
        hosting = self.host.isChecked()
        for widget in (self.port, self.network):
            widget.setEnabled(hosting)
        for widget in (self.url, self.token):
            widget.setEnabled(not hosting)

    def accept(self) -> None:
        """Refuse an unusable address here, where the user can fix it."""
        if not self.name.text().strip():
            self.problem.setText(self.tr("Give your name, so partners know who is who."))
            self.name.setFocus()
            return
        if self.join.isChecked():
            try:
                check_url(self.url.text().strip())
            except TransferError as exc:
                self.problem.setText(str(exc))
                self.url.setFocus()
                return
        super().accept()

    def choice(self) -> ShareChoice:
        return ShareChoice(host=self.host.isChecked(), name=self.name.text().strip(),
                           port=self.port.value(), network=self.network.isChecked(),
                           url=self.url.text().strip(), token=self.token.text().strip())
