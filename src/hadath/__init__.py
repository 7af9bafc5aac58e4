"""hadath: Arabic news in, political event data (PLOVER, CAMEO) out."""

from hadath.model import Actor, Boilerplate, Document, Entity, Event, Location, Span
from hadath.pipeline import extract

__all__ = ["Actor", "Boilerplate", "Document", "Entity", "Event", "Location", "Span", "extract"]
__version__ = "0.1.0"
