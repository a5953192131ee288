"""Documents: Excel ledgers (openpyxl) and PDFs (reportlab). No Textual here;
heavy libraries are imported only when a document is made."""
