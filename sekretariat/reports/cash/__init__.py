"""The cash area's PDFs: the cash voucher and the daily closing report."""
