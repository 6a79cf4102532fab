"""Pure-Python core: text, gazetteer and extraction. Never imports Qt."""
