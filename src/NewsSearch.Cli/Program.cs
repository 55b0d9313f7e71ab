using System.CommandLine;
using System.Text;
using NewsSearch.Cli;
using NewsSearch.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("NewsSearch: search Arabic news by keyword, exact phrase and person.");
root.Options.Add(CommonOptions.Index);
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(IndexCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(SourcesCommand.Create());
root.Subcommands.Add(MentionsCommand.Create());
root.Subcommands.Add(VariantsCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(RelatedCommand.Create());
root.Subcommands.Add(ClusterCommand.Create());
root.Subcommands.Add(NodeCommand.Create());
return CliRunner.Run(root, args);
