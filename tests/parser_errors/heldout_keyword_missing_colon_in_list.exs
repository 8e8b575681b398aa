# A keyword that lost its colon turns into a call after a keyword list, inside a list.
switches = [verbose: :boolean, minimal :boolean, enabled: :boolean]
