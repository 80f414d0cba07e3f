"""The explorer app's pages (``streamlit_app.py`` composes them); ``common`` holds what they share."""
