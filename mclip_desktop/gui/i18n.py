"""The user-interface language.

The app follows the system locale unless ``MCLIP_LANGUAGE`` (environment) or
``Settings.language`` names another one ("de", "zh_CN", "en"...; "system" or empty means the
system's). The app's own translations come from the package (``mclip_desktop/resources``);
Qt's ``qtbase`` translations, for standard dialogs and buttons, from Qt's translations folder
when it has them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from mclip_desktop import resources

log = logging.getLogger(__name__)

LANGUAGE_ENV = "MCLIP_LANGUAGE"
SOURCE_LANGUAGE = "en"
_FOLLOW_SYSTEM = {"", "system", "auto", "default"}


def chosen_language(setting: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """The language asked for, environment first, then the setting; None: the system's."""
    environ = os.environ if environ is None else environ
    for value in (environ.get(LANGUAGE_ENV), setting):
        if value is not None and value.strip().lower() not in _FOLLOW_SYSTEM:
            return value.strip().replace("-", "_")
    return None


def ui_locale(setting: str | None, environ: Mapping[str, str] | None = None) -> QLocale:
    language = chosen_language(setting, environ)
    if language is None:
        return QLocale.system()
    locale = QLocale(language)
    if locale.language() == QLocale.Language.C:
        log.warning(
            "Unknown language %r in %s or the settings; following the system.",
            language,
            LANGUAGE_ENV,
        )
        return QLocale.system()
    return locale


def available_languages() -> list[tuple[str, str]]:
    """(code, name in that language) for English and every shipped translation."""
    codes = [SOURCE_LANGUAGE, *resources.translation_languages()]
    return [(code, _native_name(code)) for code in codes]


def _native_name(code: str) -> str:
    # Qt names the territory for some languages ("American English"); not wanted in a menu.
    # Qt names some languages with their country ("español de España") and others without
    # ("français"); a menu lists every one the same way: the language alone, capitalised.
    special = {
        "en": "English",
        "es": "Español",
        "zh_CN": "简体中文",
        "zh_TW": "繁體中文",
        "pt_BR": "Português (Brasil)",
    }
    if code in special:
        return special[code]
    locale = QLocale(code)
    name = QLocale(locale.language()).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


class Translations:
    """The translators installed for one locale; ``remove()`` puts the previous state back."""

    def __init__(self, app: QCoreApplication, locale: QLocale) -> None:
        self._app = app
        self.locale = locale
        self._previous_default = QLocale()
        self._installed: list[QTranslator] = []
        self.app_catalog_loaded = False
        self.qt_catalog_loaded = False

    def install(self) -> Translations:
        QLocale.setDefault(self.locale)
        own = QTranslator(self._app)
        if own.load(
            self.locale, resources.TRANSLATION_CATALOG, "_", str(resources.translations_dir())
        ):
            self._install(own)
            self.app_catalog_loaded = True
        qt = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_dir and qt.load(self.locale, "qtbase", "_", qt_dir):
            self._install(qt)
            self.qt_catalog_loaded = True
        log.info(
            "UI language %s: app translation %s, Qt translation %s",
            self.locale.name(),
            "loaded" if self.app_catalog_loaded else "none (English)",
            "loaded" if self.qt_catalog_loaded else "none",
        )
        return self

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)

    def remove(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
        QLocale.setDefault(self._previous_default)


def install_translations(app: QCoreApplication, setting: str | None) -> Translations:
    return Translations(app, ui_locale(setting)).install()


class LanguageMenu(QMenu):
    """A "Language" menu: the system's language or one of the shipped translations. The
    choice is saved in the settings and applies at once (the app rebuilds its window)."""

    language_chosen = Signal(object)  # a code, or None for the system's

    def __init__(
        self, current: str | None, save: Callable[[str | None], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self._save = save
        group = QActionGroup(self)
        group.setExclusive(True)
        choices: list[tuple[str | None, str]] = [(None, self.tr("System default"))]
        choices += available_languages()
        current = chosen_language(current, {})
        for code, name in choices:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _=False, code=code: self._on_action_triggered(code))
            group.addAction(action)
            self.addAction(action)

    def _on_action_triggered(self, code: str | None) -> None:
        self._save(code)
        self.language_chosen.emit(code)
