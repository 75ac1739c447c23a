#!/bin/bash
# Writes two 10-second calls into DIR with sox: call.wav in stereo (the agent on the left, the customer on the right)
# and mono.wav, the same mixed to one channel; and notes.wav, text under a recording's name. The voices are tones starting and ending on 20 ms frames, so the
# analysis is exact:
#   agent 0.5-2.5 s and 6.5-8.5 s, customer 2.0-3.0 s: overtalk 2.0-2.5 s, dead air 3.0-6.5 s.
#   make-calls.sh DIR
set -eu
dir=$1
command -v sox >/dev/null || { echo "sox is needed to make the test calls; scripts/setup installs it." >&2; exit 1; }
mkdir -p "$dir"
tone() { sox -n -r 8000 -b 16 -c 1 "$dir/$1" synth "$2" sine "$3" vol 0.5 pad "$4" "$5"; }
tone agent1.wav 2 300 0.5 7
tone agent2.wav 2 300 6.5 1.5
tone customer.wav 1 500 2 7
sox -m -v 1 "$dir/agent1.wav" -v 1 "$dir/agent2.wav" "$dir/agent.wav"
sox -M "$dir/agent.wav" "$dir/customer.wav" "$dir/call.wav"
sox "$dir/call.wav" "$dir/mono.wav" remix 1,2
echo "Call notes, not a recording." > "$dir/notes.wav"
