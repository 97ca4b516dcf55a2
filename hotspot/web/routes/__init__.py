"""The app's routes, one module per concern: pages (with their JSON twins and exports) and the ``/api/v1`` API.

Routers are included in the order of :data:`ROUTERS`, which is the order routes
are matched in and the order of the OpenAPI schema; the API's catch-all for
unknown ``/api/…`` paths comes last.
"""

from hotspot.web.routes import api, articles, countries, events, ingest, narratives, search, trends, voices

ROUTERS = (search.router, articles.router, voices.router, countries.router, narratives.router, trends.router, events.router,
           ingest.router, api.router)

__all__ = ["ROUTERS"]
