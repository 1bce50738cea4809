using GeoNeeds.Cli;

return GeoNeedsApp.Run(args);
