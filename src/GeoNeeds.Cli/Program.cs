using GeoNeeds.Cli;

return await GeoNeedsApp.RunAsync(args);
