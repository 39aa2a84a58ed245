#!/usr/bin/env bash
# Fuzzes one @FuzzTest for a while (a normal build only replays its seed corpus).
#
#   scripts/fuzz.sh MODULE TEST [SECONDS]
#   scripts/fuzz.sh compliance-rules CheckerFuzzTest 600
#   scripts/fuzz.sh toolkit-core 'LoaderFuzzTest#profileLoaderThrowsOnlyRulePackException' 3600
#
# Jazzer fuzzes one test method per run, so name the method when the class has several. The generated corpus
# goes to MODULE/.cifuzz-corpus/ (git-ignored) and is reused next time; a crash is saved as a reproducer under
# MODULE/src/test/resources/.../<Test>Inputs/<method>/ - commit it with the fix, it then runs in every build.
set -euo pipefail
cd "$(dirname "$0")/.."
module=${1:?module, e.g. compliance-rules}
test=${2:?test class, optionally #method}
seconds=${3:-300}
# -max_total_time goes to libFuzzer after the annotation's maxDuration, so it wins (checked with Jazzer 0.24.0).
JAZZER_FUZZ=1 exec ./mvnw -B -pl "$module" -am test \
  -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.hooks=true \
  -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds"
