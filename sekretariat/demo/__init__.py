"""Demo and scale data: a deterministic, seeded Sekojo-like market.

``build_demo(path, scale="small"|"medium"|"large", seed=2026)`` makes a
ready database: the market's profile, one account per role (passwords in
``DemoResult.accounts``), and a journal history written through the services
(small) or, for the benchmark scale, by the bulk writer that computes the same
rows. See ``build.py`` for what 'today' of a demo is, ``market_plan.py`` for
the market, ``steps.py`` for the books, ``engine.py`` for how a module adds
its own demo data.
"""

from sekretariat.demo.build import DemoResult, build_demo, build_from_plan
from sekretariat.demo.market_plan import SCALES, MarketPlan, make_plan

__all__ = ["SCALES", "DemoResult", "MarketPlan", "build_demo", "build_from_plan", "make_plan"]
