"""The request pipeline: one typed request in (pipeline/request.py), typed events and one settlement
out (pipeline/events.py), through the same steps in the same order for every front door
(pipeline/steps.py). It knows no HTTP; api/ translates wire formats and maps its errors
(pipeline/errors.py) to HTTP in one place.

Deliberately empty of imports: api/errors.py needs pipeline.errors alone, without the steps (and
with them, tenancy, which needs api/errors.py back).
"""
