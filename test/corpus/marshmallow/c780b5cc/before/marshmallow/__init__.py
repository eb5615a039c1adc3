# -*- coding: utf-8 -*-
from __future__ import absolute_import

from marshmallow.schema import (
    Schema,
    SchemaOpts,
    MarshalResult,
    UnmarshalResult,
)
from marshmallow.decorators import pre_dump, post_dump, pre_load, post_load, validator
from marshmallow.utils import pprint, missing
from marshmallow.exceptions import MarshallingError, UnmarshallingError, ValidationError

__version__ = '2.0.0b3.dev'
__author__ = 'Steven Loria'
__license__ = 'MIT'

__all__ = [
    'Schema',
    'SchemaOpts',
    'validator',
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
