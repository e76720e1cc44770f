# The two commands a newcomer needs; both install what is missing first.
.PHONY: run test

run: ## build and serve the app on http://127.0.0.1:8080
	scripts/run.sh

test: ## every check: format, clippy, native tests, dataset, release build, browser tests
	scripts/test.sh
