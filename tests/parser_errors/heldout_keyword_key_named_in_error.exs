# A keyword key that cannot appear where it stands is named with its colon.
defrecord :plugin, extract(:plugin from_lib: "include/app.hrl")
