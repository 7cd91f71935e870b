"""Pure transforms: raw dump bytes -> parsed records -> Arrow tables (no I/O, no clock, no env)."""
