"""OpenAI's Responses API (`/v1/responses`) as a thin translator onto the pipeline: its items and
fields in (`items`, `body`), the pipeline's events out as a Response or its typed stream (`wire`),
and responses kept per tenant for `previous_response_id` (`store`)."""
