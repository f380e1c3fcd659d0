"""The page shown instead of the grid when it has nothing to show, saying why and what to do:
no folders yet, models missing, indexing under way, no results."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from mclip_desktop.gui.status_bar import number

# Links the page offers; the window acts on them.
ADD_PICTURES, CHOOSE_FOLDER = "add-pictures", "choose-folder"
CHOOSE_MODEL, RETRY = "choose-model", "retry"
CLEAR_FILTERS, SHOW_WEAKER = "clear-filters", "show-weaker"


class EmptyState(QWidget):
    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.linkActivated.connect(self.link_activated)
        self.action = QPushButton(self)
        self.action.hide()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.label)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()

    def show_model_error(self, message: str) -> None:
        self.label.setText(
            "<p>{}</p><p><a href='{}'>{}</a> &nbsp; <a href='{}'>{}</a></p>".format(
                escape(message), CHOOSE_MODEL, self.tr("Choose model folder…"),
                RETRY, self.tr("Retry"),
            )  # fmt: skip
        )

    def show_model_problems(self, problems: list[tuple[str, str, str]]) -> None:
        """Every missing model at once: (role, what is wrong, link text) each, with a link
        that asks for that model's folder, then Retry."""
        paragraphs = "".join(
            f"<p>{escape(text)}</p><p><a href='{CHOOSE_MODEL}:{role}'>{escape(label)}</a></p>"
            for role, text, label in problems
        )
        retry = self.tr("Retry")
        self.label.setText(f"{paragraphs}<p><a href='{RETRY}'>{retry}</a></p>")

    def show_looking_for_models(self) -> None:
        self.label.setText("<p>{}</p>".format(self.tr("Looking for the models…")))

    def show_no_folders(self, pictures: str | None) -> None:
        links = "<a href='{}'>{}</a>".format(CHOOSE_FOLDER, self.tr("Choose a folder…"))
        if pictures and os.path.isdir(pictures):
            links = "<a href='{}'>{}</a> &nbsp; <a href='{}'>{}</a>".format(
                ADD_PICTURES, self.tr("Add {0}").format(escape(display_folder(pictures))),
                CHOOSE_FOLDER, self.tr("Choose another folder…"),
            )  # fmt: skip
        self.label.setText(
            "<h3>{}</h3><p>{}</p><p>{}</p><p>{}</p>".format(
                self.tr("No folders yet"),
                self.tr("Choose the folders that hold your photos. Nothing leaves this computer."),
                links,
                self.tr("You can also drop a folder onto this window."),
            )
        )

    def show_indexing(self, done: int, total: int) -> None:
        self._titled(
            self.tr("Indexing {done} of {total} photos").format(
                done=number(done), total=number(total)
            ),
            self.tr("You can search already: new photos join the results as they are indexed."),
        )

    def show_looking(self) -> None:
        self._titled(
            self.tr("Looking for photos…"),
            self.tr("Indexing starts in a moment; the window stays usable meanwhile."),
        )

    def show_waiting_for_models(self) -> None:
        self.label.setText(
            "<p>{}</p>".format(
                self.tr("Loading the models; your search runs as soon as they are ready…")
            )
        )

    def show_no_results(self, in_folder: str | None) -> None:
        if in_folder:
            detail = self.tr("No indexed photo in {0} matches yet.")
            detail = detail.format(escape(display_folder(in_folder)))
        else:
            detail = self.tr("No indexed photo matches yet.")
        self._titled(self.tr("No results"), detail)

    def show_empty_folder(self, folder: str | None) -> None:
        if folder:
            text = self.tr("{0} holds no photos that could be read.")
            text = text.format(escape(display_folder(folder)))
        else:
            text = self.tr("The watched folders hold no photos that could be read.")
        self._titled(self.tr("No photos here yet"), text)

    def show_no_close_matches(self, weaker: int) -> None:
        """Nothing stands out for the query; the weaker matches are one click away."""
        link = "<a href='{}'>{}</a>".format(
            SHOW_WEAKER, self.tr("Show {0} weaker matches").format(number(weaker))
        )
        self._titled(self.tr("No close matches"), link)

    def show_filtered_out(self) -> None:
        """The filters leave nothing: say so, rather than that the folders are empty."""
        text = self.tr("No photo matches the filters.")
        link = "<a href='{}'>{}</a>".format(CLEAR_FILTERS, self.tr("Clear filters"))
        self._titled(self.tr("No photos here"), f"{text}</p><p>{link}")

    def show_empty_album(self, name: str, has_query: bool) -> None:
        if has_query:
            detail = self.tr("No photo of the album {0} matches.").format(escape(name))
            self._titled(self.tr("No results"), detail)
            return
        text = self.tr(
            "No photo matches {0} yet. Right-click the album to edit its labels, or add photos"
            " like the ones you want."
        ).format(escape(name))
        self._titled(self.tr("This album is empty"), text)

    def _titled(self, title: str, text: str) -> None:
        self.label.setText(f"<h3>{title}</h3><p>{text}</p>")

    def text(self) -> str:
        return self.label.text()


def display_folder(path: str) -> str:
    """A folder as people read it: ~/… under the home folder, else its name."""
    home = os.path.expanduser("~").rstrip(os.sep)
    if path.startswith(home + os.sep):
        return "~" + path[len(home):]
    return os.path.basename(path.rstrip(os.sep)) or path


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
