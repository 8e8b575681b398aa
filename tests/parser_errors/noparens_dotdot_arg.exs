foo ..
