"""childvoice: hear children in a live policy discussion, safely."""

__version__ = "0.1.0"
