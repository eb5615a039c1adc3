# -*- coding: utf-8 -*-

from .arrow import Arrow
from .factory import ArrowFactory
from .api import get, iso, now, utcnow

