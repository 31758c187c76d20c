#!/bin/sh
# The build flag WF_FREE_THREADED may appear only in sync/, gil/, objects/object.h and
# the config header; everything else is written once against their wrappers.
root=$1
bad=$(grep -rln "WF_FREE_THREADED" "$root/runtime" "$root/objects" 2>/dev/null |
      grep -v -E '/objects/object\.h$|/config\.h$')
if [ -n "$bad" ]; then
  echo "WF_FREE_THREADED used outside its allowed files:"
  echo "$bad"
  exit 1
fi
echo "build flag confined to sync/, gil/, objects/object.h and runtime/config.h"
