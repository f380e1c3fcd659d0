"""Translations: every GUI string is translated in every shipped language, the compiled
catalogs are current, and the app starts in the language the user picked."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from mclip_desktop import resources
from mclip_desktop.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("zh_CN", "de", "es", "fr", "ja")
TS_DIR = ROOT / "resources" / "translations"
FIELD = re.compile(r"\{[^{}]*\}")
REFRESH = "python resources/build.py --update-ts, translate, then python resources/build.py"


def load_build_script():
    spec = importlib.util.spec_from_file_location(
        "resources_build", ROOT / "resources" / "build.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


@pytest.fixture(scope="module")
def source_strings(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """What pyside6-lupdate extracts from the GUI sources right now."""
    target = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    load_build_script().extract_strings(target)
    return messages(target)


def test_lupdate_finds_the_gui_strings(source_strings):
    sources = {source for _, source in source_strings}
    assert {"&File", "Pause indexing", "Open", "Find similar", "Watched folders"} <= sources
    contexts = {context for context, _ in source_strings}
    assert {"MainWindow", "FoldersDialog", "ResultsModel", "Engine", "LanguageMenu"} <= contexts


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_gui_string_is_translated(language, source_strings):
    ts = TS_DIR / f"{resources.TRANSLATION_CATALOG}_{language}.ts"
    assert ts.is_file(), f"{ts} is missing"
    translated = messages(ts)
    problems = []
    for key, _ in sorted(source_strings.items()):
        context, source = key
        message = translated.get(key)
        translation = None if message is None else message.find("translation")
        if translation is None:
            problems.append(f"{context}: {source!r} is not in the .ts file")
        elif (
            translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not translation.text
        ):
            problems.append(f"{context}: {source!r} is not translated")
        elif sorted(FIELD.findall(source)) != sorted(FIELD.findall(translation.text)):
            problems.append(f"{context}: {source!r} -> {translation.text!r}: placeholders differ")
        elif ("&" in source.replace("&&", "")) != ("&" in translation.text.replace("&&", "")):
            problems.append(f"{context}: {source!r} -> {translation.text!r}: keyboard accelerator")
    assert not problems, f"{language}: {len(problems)} problem(s); {REFRESH}:\n" + "\n".join(
        problems
    )


def test_compiled_resources_are_up_to_date():
    problems = load_build_script().stale_outputs()
    assert not problems, "Run: python resources/build.py\n" + "\n".join(problems)


def test_each_language_ships_a_compiled_catalog():
    assert set(resources.translation_languages()) == set(LANGUAGES)


def test_language_choice_env_then_setting_then_system():
    assert i18n.chosen_language(None, {}) is None
    assert i18n.chosen_language("system", {}) is None
    assert i18n.chosen_language("de", {}) == "de"
    assert i18n.chosen_language("de", {"MCLIP_LANGUAGE": "zh-CN"}) == "zh_CN"
    assert i18n.chosen_language(None, {"MCLIP_LANGUAGE": "system"}) is None
    assert i18n.ui_locale("fr", {}).name() == "fr_FR"
    assert i18n.ui_locale("qq", {}) == QLocale.system()
    names = dict(i18n.available_languages())
    assert names["zh_CN"] == "简体中文" and names["de"] == "Deutsch" and names["en"] == "English"
    # Every language by its name alone, none with its country ("Español de España").
    assert names["es"] == "Español" and names["fr"] == "Français" and names["ja"] == "日本語"


def test_app_starts_in_chinese_and_goes_back_to_english(qtbot, make_desktop, monkeypatch):
    monkeypatch.setenv("MCLIP_LANGUAGE", "zh_CN")
    desktop = make_desktop()
    window = desktop.window
    assert desktop.translations.app_catalog_loaded
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
    file_menu = window.menuBar().actions()[0].menu()
    assert "添加文件夹(&A)…" in [a.text() for a in file_menu.actions()]
    assert window.pause_button.text() == "暂停索引"
    assert window.cancel_button.text() == "取消"
    assert window.search_edit.placeholderText() == "正在加载模型…"
    assert "尚未添加文件夹" in window.empty_label.text()
    menu = window.context_menu_for("/photos/a.jpg")
    assert [a.text() for a in menu.actions() if a.text()] == [
        "预览", "打开", "在文件夹中显示", "复制图片", "复制路径", "查找相似照片",
        "复制到…", "移到回收站",
    ]  # fmt: skip
    menu.deleteLater()
    if desktop.translations.qt_catalog_loaded:  # Qt's own strings, for standard dialogs
        assert QCoreApplication.translate("QPlatformTheme", "Close") == "关闭"
    desktop.translations.remove()  # as shutdown() does; the session's app is shared
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QLocale().name() != "zh_CN"


def test_setting_picks_the_language_when_no_env(qtbot, make_desktop, monkeypatch, tmp_path):
    from mclip_desktop.core.settings import Settings

    monkeypatch.delenv("MCLIP_LANGUAGE", raising=False)
    Settings(language="de").save(tmp_path / "data" / "settings.json")
    desktop = make_desktop()
    assert desktop.window.pause_button.text() == "Indizierung pausieren"
    assert [a.text() for a in desktop.window.menuBar().actions()][:3] == [
        "&Datei", "&Bearbeiten", "&Ansicht",
    ]  # fmt: skip


def test_language_menu_saves_the_choice(qtbot, qapp):
    saved: list[str | None] = []
    menu = i18n.LanguageMenu("de", saved.append)
    chosen: list[str | None] = []
    menu.language_chosen.connect(chosen.append)  # the app applies it at once
    actions = {a.data(): a for a in menu.actions()}
    assert actions["de"].isChecked() and not actions[None].isChecked()
    actions["ja"].trigger()
    assert saved == ["ja"] and chosen == ["ja"] and actions["ja"].isChecked()
    actions[None].trigger()
    assert saved == ["ja", None] and chosen == ["ja", None]
    menu.deleteLater()
