"""Salon Desk: the offline front desk of a beauty salon, spa or clinic."""

__version__ = "0.1.0"
