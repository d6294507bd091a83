"""Building blocks of the partnership panel: table models over the document, delegates, pages."""
