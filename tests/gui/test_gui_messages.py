"""The window's words for core messages: in its language, never naming a command-line flag;
every missing model reported at once, each folder dialog naming its model, Retry visible."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog

from mclip_desktop.gui import i18n
from mclip_desktop.gui.dialogs import FailuresDialog
from mclip_desktop.gui.wording import gui_text
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic
from tests.unit.test_messages import CLI_FLAG, CODES, sample

LONG = 60_000


@pytest.mark.parametrize("language", ["en", "zh_CN", "de", "es", "fr", "ja"])
def test_core_messages_in_the_window_language_without_flags_or_raw_errors(qapp, language):
    translations = i18n.Translations(qapp, QLocale(language)).install()
    try:
        for code in CODES:
            message = sample(code)
            text = gui_text(message)
            assert not CLI_FLAG.search(text), (language, code, text)
            assert "{" not in text and "raw detail" not in text, (language, code, text)
            if language != "en":
                assert text != message.english(), f"{language}: {code} is not translated"
    finally:
        translations.remove()


def test_unreadable_files_list_their_reasons_in_the_window_language(
    qtbot, make_desktop, tmp_path, monkeypatch
):
    monkeypatch.setenv("MCLIP_LANGUAGE", "de")
    folder = tmp_path / "Kamera"
    folder.mkdir()
    synthetic.make_photo("red", "square", width=320, height=240, seed=1).save(folder / "gut.jpg")
    (folder / "kaputt.jpg").write_bytes(b"\xff\xd8\xff\xe0 half a header")
    (folder / "notizen.jpg").write_text("kein Foto\n" * 20)
    desktop = make_desktop()
    with qtbot.waitSignal(desktop.engine.models_ready, timeout=LONG):
        desktop.start()
    desktop.window.add_folder(str(folder))
    button = desktop.window.failures_button
    qtbot.waitUntil(lambda: button.isVisible() and button.text().startswith("2"), timeout=LONG)
    button.click()
    dialog = desktop.window.findChild(FailuresDialog)
    reasons = {
        dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i).text(1)
        for i in range(dialog.tree.topLevelItemCount())
    }
    assert reasons[str(folder / "kaputt.jpg")] == "die Datei ist abgeschnitten oder beschädigt"
    assert reasons[str(folder / "notizen.jpg")].startswith("kein Fotoformat")
    dialog.close()


def missing_models(qtbot, make_desktop, tmp_path):
    image, text = tmp_path / "models" / "no-image", tmp_path / "models" / "no-text"
    desktop = make_desktop(image_model=str(image), text_model=str(text))
    with qtbot.waitSignal(desktop.engine.models_failed, timeout=LONG) as failed:
        desktop.start()
    return desktop, failed.args[0], image, text


def test_both_missing_models_are_reported_at_once(qtbot, make_desktop, tmp_path):
    desktop, problems, image, text = missing_models(qtbot, make_desktop, tmp_path)
    assert sorted(p.role for p in problems) == ["image", "text"]
    label = desktop.window.empty_label.text()
    assert f"The model folder {image} does not exist." in label
    assert f"The model folder {text} does not exist." in label
    assert "href='choose-model:image'" in label and "href='choose-model:text'" in label
    assert "Retry" in label
    assert not re.search(r"--\w", label)  # the window never names a command-line flag


def test_each_model_folder_dialog_names_its_model(qtbot, make_desktop, tmp_path, monkeypatch):
    desktop, _, image, text = missing_models(qtbot, make_desktop, tmp_path)
    titles: list[str] = []
    folders = iter([str(TINY_IMAGE), ""])

    def ask(parent, title, *args, **kwargs):  # noqa: ANN001, ANN202
        titles.append(title)
        return next(folders)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(ask))
    window = desktop.window
    with qtbot.waitSignal(desktop.engine.models_failed, timeout=LONG) as failed:
        window.empty_label.linkActivated.emit("choose-model:image")
    assert titles == [f"Choose the folder of the image model {image}"]
    # The image model is found now; only the text model is still missing.
    assert [p.role for p in failed.args[0]] == ["text"]
    assert str(image) not in window.empty_label.text()
    assert str(text) in window.empty_label.text()
    window.empty_label.linkActivated.emit("choose-model:text")  # cancelled: nothing changes
    assert titles[-1] == f"Choose the folder of the text model {text}"
    assert str(text) in window.empty_label.text()


def test_retry_shows_it_is_looking_then_what_it_found(qtbot, make_desktop, tmp_path):
    desktop, _, image, text = missing_models(qtbot, make_desktop, tmp_path)
    window = desktop.window
    with qtbot.waitSignal(desktop.engine.models_failed, timeout=LONG):
        window.empty_label.linkActivated.emit("retry")
        assert "Looking for the models" in window.empty_label.text()
        assert "Retry" not in window.empty_label.text()
    assert "still not available" in window.notice_label.text()
    assert str(image) in window.empty_label.text() and str(text) in window.empty_label.text()

    # Once the models are where the library looks, Retry finds them and says so.
    shutil.copytree(TINY_IMAGE, image)
    shutil.copytree(TINY_TEXT, text)
    with qtbot.waitSignal(desktop.engine.models_ready, timeout=LONG):
        window.empty_label.linkActivated.emit("retry")
    assert "The models are ready" in window.notice_label.text()
    assert "Looking for the models" not in window.empty_label.text()


def test_a_catalog_that_cannot_open_is_explained_in_a_dialog(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from mclip_desktop.core import paths
    from mclip_desktop.core.errors import CatalogError
    from mclip_desktop.gui.app import DesktopApp

    monkeypatch.setenv("MCLIP_LANGUAGE", "fr")
    data = tmp_path / "data"
    data.mkdir()
    paths.catalog_path(data).write_bytes(b"not a database at all" * 100)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        staticmethod(lambda parent, title, text: shown.append((title, text))),
    )
    with pytest.raises(CatalogError):
        DesktopApp(str(data), str(TINY_IMAGE), str(TINY_TEXT))
    [(title, text)] = shown
    assert title == "mclip-desktop ne peut pas démarrer"
    assert text.startswith(f"Le catalogue {paths.catalog_path(data)} est endommagé.")
    assert "--data-dir" not in text and "not a database" not in text
    # The translations were taken back: the next window starts in the language asked for.
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
