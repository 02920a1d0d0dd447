#!/bin/sh
# Trains the sentiment stage's calibration
# (Sources/Stages/Sentiment/Resources/sentiment_calibration.txt) on VADER's three rated
# development sets, one domain each (tweets, movie review snippets, Amazon review snippets):
# `gloss train sentiment` chooses the clause-rule factors and the ridge penalty by
# leave-one-domain-out (the choice must help every domain left out) and fits the winner on
# all three. Deterministic; the training itself takes a few seconds once gloss is built
# (it prints its own time). Never train on a news-domain set: the held-out set measures it.
#
#   scripts/train-sentiment.sh [path/to/eval/sentiment]       # default: ../shared/eval/sentiment
#                                                               # beside this checkout or beside the
#                                                               # main checkout of a git worktree
#   SCRATCH=.build-rel scripts/train-sentiment.sh               # another build folder
# Runs from any directory and any checkout (a worktree elsewhere finds the sets beside the main one).
set -eu
cd "$(dirname "$0")/.."
if [ $# -ge 1 ]; then
    SETS=$1
else
    SETS=../shared/eval/sentiment
    if [ ! -d "$SETS" ] && COMMON=$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
        SETS=$(dirname "$COMMON")/../shared/eval/sentiment
    fi
fi
[ -f "$SETS/tweets_GroundTruth.txt" ] || { echo "no VADER sets in $SETS: pass the folder holding tweets_GroundTruth.txt" >&2; exit 1; }
SCRATCH=${SCRATCH:-.build}
swift build -c release --scratch-path "$SCRATCH" --product gloss
"$SCRATCH/release/gloss" train sentiment \
    "$SETS/tweets_GroundTruth.txt" \
    "$SETS/movieReviewSnippets_GroundTruth.txt" \
    "$SETS/amazonReviewSnippets_GroundTruth.txt" \
    --output Sources/Stages/Sentiment/Resources/sentiment_calibration.txt
