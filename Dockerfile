# Production image: the Django/Wagtail backend served by gunicorn, with the built SPA.

FROM node:20-bookworm-slim AS frontend
WORKDIR /app/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
COPY backend/openapi.yaml /app/backend/openapi.yaml
RUN npm run build

FROM python:3.11-slim-bookworm AS backend
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    FIRELIGHT_VAR_DIR=/var/lib/firelight \
    MEDIA_ROOT=/var/lib/firelight/media \
    FRONTEND_DIST_DIR=/app/frontend/dist
WORKDIR /app
COPY requirements.lock ./
RUN pip install --no-cache-dir -r requirements.lock
COPY backend/ ./backend/
COPY --from=frontend /app/frontend/dist ./frontend/dist
COPY docker/entrypoint.sh /usr/local/bin/firelight-entrypoint
COPY docker/healthcheck.py /usr/local/bin/firelight-healthcheck
RUN python -m whitenoise.compress -q frontend/dist \
    && SECRET_KEY=build-only ALLOWED_HOSTS=build python backend/manage.py collectstatic --no-input -v0 \
    && useradd --system --uid 1000 --home /app firelight \
    && mkdir -p /var/lib/firelight/media && chown -R firelight /var/lib/firelight
USER firelight
EXPOSE 8000
ENTRYPOINT ["firelight-entrypoint"]
CMD ["gunicorn", "config.wsgi", "--chdir", "backend", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
