"""mclip-desktop: search your own photos by meaning, in any language, on your own machine."""

__version__ = "0.1.0"
