# Multi-stage: durable-rules is built from source with gcc in the builder; the runtime is slim and non-root.
FROM python:3.12-slim AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml README.md ./
COPY app ./app
COPY schemas ./schemas
RUN python -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir --upgrade pip \
    && /opt/venv/bin/pip install --no-cache-dir .

FROM python:3.12-slim
ENV PATH=/opt/venv/bin:$PATH PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    DATABASE_URL=sqlite:////data/treatyexit.db RULES_DIR=/srv/rules WEB_CONCURRENCY=2
RUN useradd --system --create-home --uid 10001 treatyexit && mkdir /data && chown treatyexit /data
COPY --from=builder /opt/venv /opt/venv
WORKDIR /srv
COPY alembic.ini ./
COPY alembic ./alembic
COPY rules ./rules
COPY app ./app
COPY schemas ./schemas
USER treatyexit
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz').status != 200)"
CMD ["sh", "-c", "python -m app rules check && python -m app db upgrade && python -m app db seed && exec python -m app serve --host 0.0.0.0 --port 8000 --workers ${WEB_CONCURRENCY}"]
