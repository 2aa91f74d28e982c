<#-- Inside each page's chart script: counts the charts Chart.js has drawn into <body data-charts-drawn> (what the
     browser tests wait for) and sets the shared chart font and colour. -->
  var drawn = 0;
  var countDrawn = {
    id: 'stressgateCountDrawn',
    afterRender: function (chart) {
      if (!chart.$stressgateCounted) {
        chart.$stressgateCounted = true;
        drawn += 1;
        document.body.setAttribute('data-charts-drawn', String(drawn));
      }
    }
  };
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#616e7c';
