"""The Textual reader. The only package that imports Textual."""
