# Sarathi: multi-stage image on Node 24 slim. The build stage installs production dependencies
# and syncs the verified corpus; the runtime stage runs as the unprivileged "node" user.
FROM node:24-slim AS build
WORKDIR /app
ENV PUPPETEER_SKIP_DOWNLOAD=true
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
# The corpus is third-party data, never committed: fetched from the pinned upstream and verified.
RUN node bin/sarathi.js corpus sync --if-missing

FROM node:24-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production SARATHI_MODE=production DATA_DIR=/data PORT=3000
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "bin/sarathi.js", "serve"]
