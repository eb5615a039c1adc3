# -*- coding: utf-8 -*-
from __future__ import absolute_import

from marshmallow.schema import (
    Schema,
    SchemaOpts,
    MarshalResult,
    UnmarshalResult,
)
from marshmallow.decorators import (
    pre_dump, post_dump, pre_load, post_load, validates, validates_schema
)
from marshmallow.utils import pprint, missing
from marshmallow.exceptions import MarshallingError, UnmarshallingError, ValidationError

__version__ = '2.0.0'
__author__ = 'Steven Loria'
__license__ = 'MIT'

__all__ = [
    'Schema',
    'SchemaOpts',
    'validates',
    'validates_schema',
    'pre_dump',
    'post_dump',
    'pre_load',
    'post_load',
    'pprint',
    'MarshalResult',
    'UnmarshalResult',
    'MarshallingError',
    'UnmarshallingError',
    'ValidationError',
    'missing',
]
