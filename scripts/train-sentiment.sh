#!/bin/sh
# Trains the sentiment stage's calibration
# (Sources/Stages/Sentiment/Resources/sentiment_calibration.txt) on VADER's three rated
# development sets, one domain each (tweets, movie review snippets, Amazon review snippets):
# `gloss train sentiment` chooses the clause-rule factors and the ridge penalty by
# leave-one-domain-out (the choice must help every domain left out) and fits the winner on
# all three. Deterministic; the training itself takes a few seconds once gloss is built
# (it prints its own time). Never train on a news-domain set: the held-out set measures it.
#
#   scripts/train-sentiment.sh [path/to/eval/sentiment]       # default ../shared/eval/sentiment
#   SCRATCH=.build-rel scripts/train-sentiment.sh               # another build folder
set -eu
cd "$(dirname "$0")/.."
SETS=${1:-../shared/eval/sentiment}
SCRATCH=${SCRATCH:-.build}
swift build -c release --scratch-path "$SCRATCH" --product gloss
"$SCRATCH/release/gloss" train sentiment \
    "$SETS/tweets_GroundTruth.txt" \
    "$SETS/movieReviewSnippets_GroundTruth.txt" \
    "$SETS/amazonReviewSnippets_GroundTruth.txt" \
    --output Sources/Stages/Sentiment/Resources/sentiment_calibration.txt
