"""Errors that reach the user. Each message names what went wrong and what to do."""


class MclipError(Exception):
    """An error with a message written for the user, shown without a traceback."""


class ModelUnavailableError(MclipError):
    """A model is neither cached nor downloadable, or its files cannot be loaded."""


class CatalogError(MclipError):
    """The catalog cannot be opened or used safely."""


class ImageReadError(MclipError):
    """An image file cannot be decoded."""
