"""Who is calling the admin API: admin keys (automation) and OIDC sign-in (people), each with a
role, and what each role may do."""
