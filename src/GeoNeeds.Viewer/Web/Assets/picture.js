// The first view of a large level as one picture (/api/first-picture: the server chooses the level and layer from
// the address as it does for the page, /api/first-view), scaled and centred inside the map's padding as the map
// frames the level (viewer.css), over the map until the map has drawn its tiles. The national LSOAs take the map
// seconds to start and draw in software, so this plain script asks for the picture before the map's code has run.
// The page (app.js) removes it; for a level the map draws at once the server sends nothing and it removes itself.

const address = new URLSearchParams(location.hash.slice(1));
if (!address.has('area')) {
  const query = new URLSearchParams([...address].filter(([name]) => ['level', 'indicator', 'period'].includes(name)));
  const picture = document.createElement('img');
  picture.className = 'map-picture';
  picture.alt = '';
  // The browser records when it paints the picture (Element Timing), for the viewer's timing test.
  picture.setAttribute('elementtiming', 'map-picture');
  picture.addEventListener('error', () => picture.remove());
  picture.src = `/api/first-picture?${query}`;
  document.getElementById('map').after(picture);
}
