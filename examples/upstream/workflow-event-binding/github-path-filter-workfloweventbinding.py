"""A GitHub push submits the github-path-filter WorkflowTemplate only when it changes files under chosen paths."""

from hera.workflows import Parameter, ValueFrom, WorkflowEventBinding

# Both expressions below are expr-lang programs evaluated by the Argo Server against the event.
SELECTOR = """\
metadata["x-github-event"] == ["push"]

// The discriminator is the last subpath of URL path
&& discriminator == "github-path-filter"

// for each of these file paths
&& any([ "subpath/A/", "subpath/B/" ], {
    let prefix = #;

    // loop over every commit
    any(payload.commits ?? [], {
      let commit = #;

      // loop over each file action in the commit
      any(["added", "removed", "modified"], {
        let file_action = #;

        // Loop over each of the files in the file action
        any(commit[file_action] ?? [], {
          let filepath = #;

          // return true if the given file is in our subpath
          hasPrefix(filepath, prefix)
        })
      })
    })
  })
"""

CHANGED_FILES = """\
// Use the reduce function to collect all files affeccted by commits in this push
reduce(
  payload.commits ?? [],
  {
    let commit = #;
    concat(#acc, commit["added"], commit["removed"], commit["modified"])
  },
  []
)
"""

binding = WorkflowEventBinding(
    name="github-path-filter",
    event_selector=SELECTOR,
    workflow_template_ref="github-path-filter",
    arguments=[Parameter(name="files", value_from=ValueFrom(event=CHANGED_FILES))],
)
documents = [binding]
