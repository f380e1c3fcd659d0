"""The settings dialog: models (hub name or folder, each), device, background indexing
(threads, pause on battery) and the interface language. Threads and battery apply at once,
the language by rebuilding the window; models switch through the engine; a device change
applies when the models next load (at the next start)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mclip_desktop.core import models, power
from mclip_desktop.core.settings import Settings
from mclip_desktop.gui.engine import Engine
from mclip_desktop.gui.i18n import available_languages, chosen_language


class SettingsDialog(QDialog):
    language_chosen = Signal(object)  # a language code, or None for the system's
    indexing_changed = Signal()  # threads or battery choice changed

    def __init__(
        self, engine: Engine, settings: Settings, settings_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.engine, self.settings, self._settings_path = engine, settings, settings_path

        # models
        # The pair in use, wherever it was chosen (a flag, the environment, this dialog, or
        # the library's own): a hub name, or a folder as an absolute path.
        in_use = engine.library.models
        self.image_model = QLineEdit(in_use.image, self)
        self.text_model = QLineEdit(in_use.text, self)
        models_box = QGroupBox(self.tr("Models"), self)
        form = QFormLayout(models_box)
        for label, edit in ((self.tr("Image model"), self.image_model),
                            (self.tr("Text model"), self.text_model)):  # fmt: skip
            edit.setToolTip(self.tr("A Hugging Face model name, or a folder that holds the model"))
            edit.setAccessibleName(label)
            browse = QPushButton(self.tr("Folder…"), self)
            browse.setToolTip(self.tr("Choose a folder that holds the model"))
            browse.clicked.connect(lambda _=False, e=edit: self._choose_folder(e))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(browse)
            form.addRow(label, row)

        # device
        self.device = QComboBox(self)
        self.device.addItem(self.tr("Automatic"), None)
        self.device.addItem(self.tr("CPU"), "cpu")
        if power.gpu_available():
            self.device.addItem(self.tr("GPU (CUDA)"), "cuda")
        self.device.setCurrentIndex(max(0, self.device.findData(settings.device)))
        self.device.setAccessibleName(self.tr("Device"))
        form.addRow(self.tr("Device"), self.device)
        self.device_note = QLabel(self.tr("A new device applies at the next start."), self)
        self.device_note.setEnabled(False)
        form.addRow("", self.device_note)

        # background indexing
        indexing_box = QGroupBox(self.tr("Background indexing"), self)
        indexing = QFormLayout(indexing_box)
        self.threads = QSpinBox(self)
        self.threads.setRange(0, power.max_threads())
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.threads.setValue(settings.index_threads or 0)
        self.threads.setAccessibleName(self.tr("Threads"))
        self.threads.setToolTip(self.tr("Fewer threads leave more of the computer to other work"))
        indexing.addRow(self.tr("Threads"), self.threads)
        self.pause_on_battery = QCheckBox(self.tr("Pause while on battery power"), self)
        self.pause_on_battery.setChecked(settings.pause_on_battery)
        if power.on_battery() is None:
            self.pause_on_battery.setToolTip(self.tr("This computer does not report a battery"))
        indexing.addRow(self.pause_on_battery)

        # language
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System default"), None)
        for code, name in available_languages():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(chosen_language(settings.language, {})))
        )
        self.language.setAccessibleName(self.tr("Language"))
        interface_box = QGroupBox(self.tr("Interface"), self)
        QFormLayout(interface_box).addRow(self.tr("Language"), self.language)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(models_box)
        layout.addWidget(indexing_box)
        layout.addWidget(interface_box)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _choose_folder(self, edit: QLineEdit) -> None:
        current = edit.text()
        start = current if os.path.isdir(current) else os.path.expanduser("~")
        title = self.tr("Choose a folder that holds a model")
        path = QFileDialog.getExistingDirectory(self, title, start)
        if path:
            edit.setText(path)

    def accept(self) -> None:
        self.apply()
        super().accept()

    def apply(self) -> None:
        settings = self.settings
        in_use = self.engine.library.models
        for kind, edit, current in (("image", self.image_model, in_use.image),
                                    ("text", self.text_model, in_use.text)):  # fmt: skip
            value = edit.text().strip()
            if value and value != current:
                setattr(settings, f"{kind}_model", value)
                self.engine.use_model_folder(kind, value)
        settings.device = self.device.currentData()
        if settings.device:
            os.environ[models.DEVICE_ENV] = settings.device
        threads = self.threads.value() or None
        battery = self.pause_on_battery.isChecked()
        if (threads, battery) != (settings.index_threads, settings.pause_on_battery):
            settings.index_threads, settings.pause_on_battery = threads, battery
            power.set_inference_threads(threads)
            self.indexing_changed.emit()
        language = self.language.currentData()
        changed_language = language != chosen_language(settings.language, {})
        settings.language = language
        settings.save(self._settings_path)
        if changed_language:
            self.language_chosen.emit(language)
