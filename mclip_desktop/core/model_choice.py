"""Which models a library uses. A library remembers the pair it was first indexed with (in
the catalog's meta table), so later commands need no flags. A choice, strongest first:

    flag  >  env (MCLIP_IMAGE_MODEL / MCLIP_TEXT_MODEL)  >  app (a model folder chosen in
    the app)  >  library (the remembered pair)  >  default

An image model other than the library's is a switch: the photos are embedded again, and
until every readable photo has a vector from the new model, searches use the library's own
pair, whose vectors are complete. Then the new pair is remembered and the old vectors go.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mclip_desktop.core import models
from mclip_desktop.core.catalog import Catalog
from mclip_desktop.core.messages import Message

_META_IMAGE, _META_TEXT, _META_IMAGE_ID = "image_model", "text_model", "image_model_id"


@dataclass(frozen=True)
class ModelPair:
    """An image model and the text model that speaks its space, as the user gave them (hub
    name or folder), with the id the image model's vectors are stored under."""

    image: str
    text: str
    image_model_id: str

    def as_json(self) -> dict[str, str]:
        return {"image": self.image, "text": self.text, "image_model_id": self.image_model_id}


def remembered_pair(catalog: Catalog) -> ModelPair | None:
    image, text = catalog.meta(_META_IMAGE), catalog.meta(_META_TEXT)
    image_id = catalog.meta(_META_IMAGE_ID)
    if image and text and image_id:
        return ModelPair(image, text, image_id)
    return None


@dataclass
class ModelChoice:
    chosen: ModelPair
    sources: dict[str, str]
    remembered: ModelPair | None
    # A pair remembered by a first run that embedded nothing (its model failed to load) is
    # no library's own: choosing another then is no switch.
    remembered_in_use: bool = field(default=False)

    @classmethod
    def make(
        cls,
        catalog: Catalog,
        image: str | None,
        image_source: str,
        text: str | None,
        text_source: str,
    ) -> ModelChoice:
        """``image``/``text`` are explicit choices (None: not given) and where they came
        from."""
        remembered = remembered_pair(catalog)
        image, text = models.lasting_name(image or ""), models.lasting_name(text or "")
        if not image:
            image = remembered.image if remembered else models.DEFAULT_IMAGE_MODEL
            image_source = "library" if remembered else "default"
        if not text:
            text = remembered.text if remembered else models.DEFAULT_TEXT_MODEL
            text_source = "library" if remembered else "default"
        in_use = remembered is not None and (
            catalog.vector_dim(remembered.image_model_id) is not None
        )
        return cls(
            chosen=ModelPair(image, text, models.image_model_id(image)),
            sources={"image": image_source, "text": text_source},
            remembered=remembered,
            remembered_in_use=in_use,
        )

    @property
    def switching(self) -> bool:
        """Whether the chosen image model differs from the one the library was built with."""
        return (
            self.remembered is not None
            and self.remembered_in_use
            and self.remembered.image_model_id != self.chosen.image_model_id
        )

    def searching(self, catalog: Catalog) -> ModelPair:
        """The pair that answers searches: the chosen one, unless a switch is under way and
        the chosen image model's vectors are not complete yet (text and image vectors must
        come from one pair)."""
        if not self.switching:
            return self.chosen
        chosen_id = self.chosen.image_model_id
        if catalog.vector_dim(chosen_id) is not None and not catalog.missing_vectors(chosen_id):
            return self.chosen
        assert self.remembered is not None
        return self.remembered

    def remember(self, catalog: Catalog, pair: ModelPair) -> None:
        catalog.set_meta(
            {_META_IMAGE: pair.image, _META_TEXT: pair.text, _META_IMAGE_ID: pair.image_model_id}
        )
        self.remembered = pair
        self.remembered_in_use = catalog.vector_dim(pair.image_model_id) is not None

    def switch_notice(self) -> Message:
        assert self.remembered is not None
        return Message("models.switching", {"old": self.remembered.image, "new": self.chosen.image})

    def report(self, catalog: Catalog) -> dict[str, object]:
        """What ``status`` says about the models."""
        report: dict[str, object] = {
            "image": self.chosen.image,
            "text": self.chosen.text,
            "image_model_id": self.chosen.image_model_id,
            "sources": dict(self.sources),
            "library": self.remembered.as_json() if self.remembered else None,
            "searching": self.searching(catalog).as_json(),
            "switching": self.switching,
        }
        if self.switching:
            report["switch_remaining"] = catalog.missing_vectors(self.chosen.image_model_id)
        return report
