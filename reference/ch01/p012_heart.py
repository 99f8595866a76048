from reference.charts import draw_heart

__all__ = ["draw_heart"]
