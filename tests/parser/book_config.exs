import Config

config :todo, http_port: 5454
config :todo, :database, pool_size: 3, folder: "./persist"

config :logger, :console,
  format: "$time $metadata[$level] $message\n",
  metadata: [:request_id]

import_config "#{config_env()}.exs"

if config_env() == :test do
  config :todo, http_port: 5455
end
