#!/bin/sh
# Apply migrations, then run the given command (gunicorn by default).
set -e
python /app/backend/manage.py migrate --no-input
exec "$@"
