# The Orange County Lettings site (Lettings.Web) as one image, built in stages:
#   restore  the project files only, so restoring packages is a cached layer
#   build    the whole solution that the tests need, in Release
#   test     the tests that need no server, container engine or browser: a red test fails the build
#   publish  the site, ReadyToRun, once the tests have passed (it copies the test stage's marker, so BuildKit runs it)
#   runtime  the ASP.NET Core runtime image, non-root user, port 8000 (or $PORT on Heroku)
#   release  the runtime image whose command is Heroku's release phase: migrate the database (with curl, which
#            Heroku needs in the release image to stream its output to `heroku releases:output`)
#   web      the default target: the site itself
#
# Build: docker build --build-arg SOURCE_COMMIT=$(git rev-parse HEAD) -t lettings .
# Heroku's registry also needs --provenance=false (BuildKit/buildx) so the manifest is a classic one.

ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0

FROM ${SDK_IMAGE} AS restore
WORKDIR /src
# Only what restore reads. A project the tests reference needs one more COPY line here.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY Lettings.AppHost/Lettings.AppHost.csproj Lettings.AppHost/
COPY Lettings.ServiceDefaults/Lettings.ServiceDefaults.csproj Lettings.ServiceDefaults/
COPY Lettings.Web/Lettings.Web.csproj Lettings.Web/
COPY Lettings.Tests/Lettings.Tests.csproj Lettings.Tests/
RUN dotnet restore Lettings.Tests/Lettings.Tests.csproj

FROM restore AS build
# The commit the image comes from: Sentry's release and the image's revision label. CircleCI passes $CIRCLE_SHA1.
ARG SOURCE_COMMIT=unknown
COPY . .
RUN dotnet build Lettings.Tests/Lettings.Tests.csproj --configuration Release --no-restore \
      -p:SourceRevisionId="${SOURCE_COMMIT}"

FROM build AS test
# The tests that need a service are tagged "Requires" (Lettings.Tests/Infrastructure/TestRequirements.cs);
# the CI test job runs them all on real services.
RUN dotnet test Lettings.Tests/Lettings.Tests.csproj --configuration Release --no-build \
      --filter "Requires!=PostgreSQL&Requires!=Docker&Requires!=Chromium&Requires!=ShellTools" \
    && touch /tmp/tests-passed

FROM build AS publish
# An ARG is per stage: without this line the publish, which compiles again, would stamp an empty commit.
ARG SOURCE_COMMIT=unknown
COPY --from=test /tmp/tests-passed /tmp/tests-passed
# Not --no-build: the published site is ReadyToRun, compiled for this platform (Lettings.Web.csproj), so
# publish restores and builds once more for it.
RUN dotnet publish Lettings.Web/Lettings.Web.csproj --configuration Release \
      --output /app -p:UseAppHost=false -p:SourceRevisionId="${SOURCE_COMMIT}"

FROM ${RUNTIME_IMAGE} AS runtime
ARG SOURCE_COMMIT=unknown
ARG SOURCE_URL=unknown
ARG BUILD_DATE=unknown
LABEL org.opencontainers.image.title="Orange County Lettings" \
      org.opencontainers.image.description="Summer holiday homes to rent: the Orange County Lettings site on ASP.NET Core" \
      org.opencontainers.image.source="${SOURCE_URL}" \
      org.opencontainers.image.revision="${SOURCE_COMMIT}" \
      org.opencontainers.image.created="${BUILD_DATE}"
# Port 8000 on every interface unless $PORT is set (Heroku); the embedded SQLite database, when
# DATABASE_URL is not set, in a folder the non-root user may write.
ENV ASPNETCORE_HTTP_PORTS=8000 \
    ASPNETCORE_ENVIRONMENT=Production \
    Database__SqlitePath=/app/data/lettings.db \
    SENTRY_RELEASE=${SOURCE_COMMIT}
WORKDIR /app
RUN mkdir -p /app/data && chown "${APP_UID}:${APP_UID}" /app/data
COPY --from=publish /app .
USER ${APP_UID}
EXPOSE 8000
# Heroku requires CMD and runs it through a shell (so config vars reach the process); `heroku run`
# and `docker run IMAGE dotnet Lettings.Web.dll migrate` replace it.
CMD ["dotnet", "Lettings.Web.dll"]

FROM runtime AS release
USER root
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
USER ${APP_UID}
CMD ["dotnet", "Lettings.Web.dll", "migrate"]

FROM runtime AS web
