#!/bin/sh
# Runs a command in a private D-Bus session with an unlocked GNOME keyring, a real Secret Service, so that the path
# where QtKeychain stores and forgets a password runs on a headless machine too. Usage: with-secret-service.sh CMD...
set -eu
XDG_RUNTIME_DIR=$(mktemp -d)
HOME=$(mktemp -d) # the keyring's files go here, never into the user's own keyring
export XDG_RUNTIME_DIR HOME
trap 'rm -rf "$XDG_RUNTIME_DIR" "$HOME"' EXIT
# The daemon leaves with the session bus, so nothing outlives the run.
dbus-run-session -- sh -c '
  eval "$(printf "qadesk-test\n" | gnome-keyring-daemon --unlock --components=secrets)"
  "$@"' sh "$@"
