"""Text: Swedish formatting (numbers, money, lists, alphabetical order), the labels every page
shows (one file per language in labels/), and escaping data text for where it lands.

May import: nothing of Rollguiden's. Every other layer may import it.
"""
